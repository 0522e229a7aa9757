// split_once(':') on a line without a colon gives None, and expect panics with its message.
fn main() {
    for line in "a: 1\nb 2".lines() {
        let (k, v) = line.split_once(':').expect("line has a colon");
        println!("{k}={}", v.trim());
    }
}
// expect: a=1
// panic: line has a colon
// panic-at: 4:43
