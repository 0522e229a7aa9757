// A line read from standard input keeps its newline; trimming and parsing turns it into a number.
use std::io;

fn main() {
    let mut line = String::new();
    io::stdin().read_line(&mut line).expect("no input");
    let n: i32 = line.trim().parse().unwrap();
    println!("{} bytes read, doubled: {}", line.len(), n * 2);
}
// stdin: 21
// expect: 3 bytes read, doubled: 42
// heap: skip std's own 8 KiB stdin buffer (allocated on the first read) is not modelled
