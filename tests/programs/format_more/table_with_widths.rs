// Fixed widths line up a small table of names and numbers.
fn main() {
    let rows = vec![("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 2.75)];
    println!("{:<8}|{:>4}|{:>6}", "fruit", "qty", "price");
    for (name, qty, price) in &rows {
        println!("{:<8}|{:>4}|{:>6.2}", name, qty, price);
    }
}
// expect: fruit   | qty| price
// expect: apple   |   3|  0.50
// expect: kiwi    |  12|  0.25
// expect: melon   |   1|  2.75
