System.Console.WriteLine("no scenarios yet");
