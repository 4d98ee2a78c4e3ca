await TopLeft.PsaSimulator.SimulatorApp.RunAsync(args);
