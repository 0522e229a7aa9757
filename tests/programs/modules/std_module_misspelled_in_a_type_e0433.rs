// A misspelled std module in a type's path (`std::colection::VecDeque`) is E0433 at the segment.
fn main() {
    let q: std::colection::VecDeque<i32> = Default::default();
    println!("{}", q.len());
}
// error: E0433 at 3:17
