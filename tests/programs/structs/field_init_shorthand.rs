// When a variable has the field's name, `User { email, username }` fills the fields from it.
struct User {
    username: String,
    email: String,
    active: bool,
}

fn build_user(email: String, username: String) -> User {
    User {
        active: true,
        username,
        email,
    }
}

fn main() {
    let u = build_user(String::from("a@b.c"), String::from("abc"));
    println!("{} {} {}", u.username, u.email, u.active);
}
// expect: abc a@b.c true
