// A misspelled std module in a call's path (`std::memm::swap`) is E0433 at the segment.
fn main() {
    let mut a = 1;
    let mut b = 2;
    std::memm::swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
// error: E0433 at 5:10
