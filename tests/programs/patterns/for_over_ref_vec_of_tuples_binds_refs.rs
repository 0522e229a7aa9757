// `for (name, n) in &v` binds `name: &String` and `n: &i32` (default binding mode `ref`), leaving v whole.
fn main() {
    let v = vec![(String::from("ann"), 3), (String::from("bob"), 5)];
    let mut total = 0;
    for (name, n) in &v {
        let r: &String = name;
        total += *n;
        println!("{} {}", r, n);
    }
    println!("{} {}", total, v.len());
}
// expect: ann 3
// expect: bob 5
// expect: 8 2
