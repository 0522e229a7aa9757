// A struct groups named fields; each is read with `.field`.
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
    println!("{} <{}> active={} count={}", user1.username, user1.email, user1.active, user1.sign_in_count);
}
// expect: someusername123 <someone@example.com> active=true count=1
