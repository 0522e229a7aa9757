// A report table: {:<w$}, {:>8.2}, {:+}, {:#x}, {:08.3} and {:e} in one loop over tuples.
fn main() {
    let rows = [("apples", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)];
    let w = rows.iter().map(|r| r.0.len()).max().unwrap();
    for (name, qty, price) in rows {
        println!("{:<w$} | {:>3} | {:>8.2} | {:+}", name, qty, price * qty as f64, qty as i32 - 5);
    }
    println!("{:#x} {:08.3} {:e} {:>5}|{:^7}|", 255, 3.14159, 1234.5, true, "mid");
}
// expect: apples     |   3 |     4.50 | -2
// expect: kiwi       |  12 |     3.00 | +7
// expect: watermelon |   1 |     4.00 | -4
// expect: 0xff 0003.142 1.2345e3  true|  mid  |
