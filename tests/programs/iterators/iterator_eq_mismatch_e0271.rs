// Iterator::eq of chars against references to chars: rustc's E0271 at `eq` (the other's Item is not char).
fn main() {
    let a = "abc";
    let v = vec!['a', 'b', 'c'];
    println!("{}", a.chars().eq(v.iter()));
}
// error: E0271 at 5:30
// headline: differs: the engine names the slice iterator by its std path (`std::slice::Iter`), as its other E0271s
