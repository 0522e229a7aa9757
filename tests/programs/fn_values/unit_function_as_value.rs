// A function returning nothing, named as a value and given to `for_each`, runs once per item.
fn show(x: &i32) {
    println!("item {}", x);
}

fn main() {
    let v = vec![3, 1];
    v.iter().for_each(show);
}
// expect: item 3
// expect: item 1
