// expect on a None from a Vec's get: panics with the expect message.
fn main() {
    let v = vec![10, 20, 30];
    let third = v.get(2).expect("there is a third");
    println!("{}", third);
    let tenth = v.get(9).expect("there is no tenth element");
    println!("{}", tenth);
}
// expect: 30
// panic: there is no tenth element
// panic-at: 6:26
