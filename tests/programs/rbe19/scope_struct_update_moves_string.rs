// Struct update syntax moves the String fields it takes from the base; the Copy fields are copied.
#[derive(Debug)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn main() {
    let user1 = User {
        active: true,
        username: String::from("someusername123"),
        email: String::from("someone@example.com"),
        sign_in_count: 1,
    };
    let user2 = User { email: String::from("another@example.com"), ..user1 };
    println!("{:?}", user2);
    println!("{} {}", user1.email, user1.active);
}
// expect: User { active: true, username: "someusername123", email: "another@example.com", sign_in_count: 1 }
// expect: someone@example.com true
