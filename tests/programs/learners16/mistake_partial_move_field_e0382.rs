// Moving a String field out of a struct and then using the whole struct: E0382 partially moved.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ann"), age: 3 };
    let n = u.name;
    println!("{} {}", n, u.age);
    println!("{:?}", u);
}
// error: E0382 at 12:22
