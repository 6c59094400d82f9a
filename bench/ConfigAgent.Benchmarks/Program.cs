using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ConfigAgent.Benchmarks.PlanBenchmarks).Assembly).Run(args);
