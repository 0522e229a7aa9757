// `.expect(msg)` on `None` panics with msg.
fn main() {
    let names = vec!["a", "b"];
    let third = names.get(2).expect("there is no third name");
    println!("{}", third);
}
// panic: there is no third name
// panic-at: 4:30
