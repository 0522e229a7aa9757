// A closure borrowing `p.name` may return a reference into it: the data is the caller's, not the closure body's (no E0515).
struct P { name: String, age: u32 }
fn main() {
    let p = P { name: "a".into(), age: 3 };
    let f = || &p.name;
    println!("{} {}", f(), p.age);
}
// expect: a 3
