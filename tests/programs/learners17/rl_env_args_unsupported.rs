// Learners reading command-line arguments with std::env::args (not supported yet: the engine runs without them).
use std::env;

fn main() {
    let args: Vec<String> = env::args().collect();
    println!("{}", args.len() > 0);
}
// expect: true
// unsupported: `std::env` is not supported yet at 2:5
