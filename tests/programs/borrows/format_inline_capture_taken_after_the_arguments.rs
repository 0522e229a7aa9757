// An inline `{s}` capture is borrowed after every explicit argument has been evaluated, so an argument pushing onto `s` is accepted and the capture shows the push.
fn main() {
    let mut s = String::from("ab");
    println!("{s} {:?}", s.push('c'));
}
// expect: abc ()
