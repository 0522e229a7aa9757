// A tuple is PartialEq only when its parts are: a struct without the derive inside one makes `==` E0369.
struct Tag { id: u8 }
fn main() {
    let a = (1, Tag { id: 1 });
    let b = (1, Tag { id: 1 });
    println!("{}", a == b);
}
// error: E0369 at 6:22
