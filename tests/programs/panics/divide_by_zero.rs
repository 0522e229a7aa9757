// Integer division by zero panics.
fn main() {
    let apples = 12;
    let people = 0;
    println!("{} apples, {} people", apples, people);
    let each = apples / people;
    println!("{}", each);
}
// expect: 12 apples, 0 people
// panic: attempt to divide by zero
// panic-at: 6:16
