// `let User { name, .. } = u;` moves `u.name` alone: the other fields stay in `u`, readable and dropped with it.
struct User {
    name: String,
    email: String,
    logins: u32,
}

fn main() {
    let u = User { name: String::from("ferris"), email: String::from("f@rust.org"), logins: 3 };
    let User { name, .. } = u;
    println!("{} {} {}", name, u.email, u.logins);
}
// expect: ferris f@rust.org 3
