// Vec::new, push, indexing with &v[2] and get(2) matched, and a get past the end returning None.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.push(5);
    v.push(6);
    v.push(7);
    v.push(8);
    let third: &i32 = &v[2];
    println!("The third element is {}", third);
    let third: Option<&i32> = v.get(2);
    match third {
        Some(third) => println!("The third element is {}", third),
        None => println!("There is no third element."),
    }
    match v.get(100) {
        Some(x) => println!("got {}", x),
        None => println!("nothing at 100"),
    }
    println!("len {} cap {}", v.len(), v.capacity());
}
// expect: The third element is 7
// expect: The third element is 7
// expect: nothing at 100
// expect: len 4 cap 4
