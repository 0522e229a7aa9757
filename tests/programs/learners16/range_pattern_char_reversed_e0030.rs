// A char range pattern written backwards ('z'..='a') in an if let: E0030 at the pattern.
fn main() {
    let c = 'q';
    if let 'z'..='a' = c {
        println!("letter");
    }
}
// error: E0030 at 4:12
