// After struct update syntax took the username String, reading it from the base is E0382.
struct User {
    active: bool,
    username: String,
    email: String,
}

fn main() {
    let user1 = User { active: true, username: String::from("u"), email: String::from("e") };
    let user2 = User { email: String::from("x"), ..user1 };
    println!("{} {}", user2.email, user1.username);
}
// error: E0382 at 11:36
