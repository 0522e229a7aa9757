// An Option is PartialEq only when its payload is: Some(tag) == None without the derive is E0369.
struct Tag { id: u8 }
fn main() {
    let t = Some(Tag { id: 1 });
    println!("{}", t == None);
}
// error: E0369 at 5:22
