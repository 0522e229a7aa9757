// let-else: bind from a pattern or leave the function in the else block.
fn get_count_item(s: &str) -> (u64, &str) {
    let mut it = s.split(' ');
    let (Some(count_str), Some(item)) = (it.next(), it.next()) else {
        panic!("Can't segment count item pair: '{s}'");
    };
    let Ok(count) = u64::from_str_radix(count_str, 10) else {
        panic!("Can't parse integer: '{count_str}'");
    };
    (count, item)
}

fn main() {
    assert_eq!(get_count_item("3 chairs"), (3, "chairs"));
    println!("{:?}", get_count_item("12 apples"));
    println!("{:?}", get_count_item("lots of pears"));
}
// expect: (12, "apples")
// panic: Can't parse integer: 'lots'
// panic-at: 8:9
