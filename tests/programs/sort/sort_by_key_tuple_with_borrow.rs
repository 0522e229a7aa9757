// A tuple key holding a borrow of the element is rejected at the tuple, the value the block closure returns.
struct Student {
    name: String,
    age: u32,
}
fn main() {
    let mut v = vec![Student { name: String::from("b"), age: 1 }];
    v.sort_by_key(|s| {
        let a = s.age;
        (a, &s.name)
    });
    println!("{}", v[0].name);
}
// error: "lifetime may not live long enough" at 10:9
