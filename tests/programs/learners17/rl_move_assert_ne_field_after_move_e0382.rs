// Rustlings-style: assert_ne! on a field of a struct moved away is E0382 at the macro.
struct Order {
    name: String,
}

fn main() {
    let order = Order { name: String::from("Bob") };
    let taken = order;
    assert_ne!(order.name, "Alice");
    println!("{}", taken.name);
}
// error: E0382 at 9:5
