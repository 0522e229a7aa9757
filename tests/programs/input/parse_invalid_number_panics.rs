// Parsing text that is not a number gives an Err, and unwrap panics with the error.
fn main() {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    let n: u8 = line.trim().parse().unwrap();
    println!("{n}");
}
// stdin: 300
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: PosOverflow }
// panic-at: 5:37
// heap: skip std's own 8 KiB stdin buffer (allocated on the first read) is not modelled
