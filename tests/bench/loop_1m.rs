// A counting loop of about a million steps: the condition and the increment each iteration.
let mut i: u64 = 0;
while i < 500_000 {
    i += 1;
}
println!("{}", i);
