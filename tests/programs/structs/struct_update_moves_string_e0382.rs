// After `..user1` moved the username String into user2, reading user1.username is E0382.
struct User {
    username: String,
    email: String,
}

fn main() {
    let user1 = User {
        username: String::from("someusername123"),
        email: String::from("someone@example.com"),
    };
    let user2 = User {
        email: String::from("another@example.com"),
        ..user1
    };
    println!("{} {}", user2.username, user1.username);
}
// error: E0382 at 16:39
