// A Vec is PartialEq only when its elements are: Vec<Tag> == Vec<Tag> without the derive is E0369.
struct Tag { id: u8 }
fn main() {
    let a = vec![Tag { id: 1 }];
    let b = vec![Tag { id: 1 }];
    println!("{}", a == b);
}
// error: E0369 at 6:22
