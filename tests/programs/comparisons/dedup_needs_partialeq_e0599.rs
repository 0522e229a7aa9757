// `dedup` exists only for a Vec whose elements are PartialEq: without the derive it is E0599 at the method name.
struct Tag { id: u8 }
fn main() {
    let mut v = vec![Tag { id: 1 }, Tag { id: 1 }];
    v.dedup();
    println!("{}", v.len());
}
// error: E0599 at 5:7
