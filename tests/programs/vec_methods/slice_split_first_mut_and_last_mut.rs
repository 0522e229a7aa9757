// split_first_mut and split_last_mut hand out a &mut to an end element and a &mut slice of the rest, both written through.
fn main() {
    let mut totals = vec![0, 4, 7, 1];
    if let Some((first, rest)) = totals.split_first_mut() {
        *first = rest.iter().sum();
        rest[0] = -1;
    }
    if let Some((last, rest)) = totals[1..].split_last_mut() {
        *last += rest.len() as i32;
    }
    println!("{:?}", totals);
    let mut empty: [u8; 0] = [];
    println!("{:?}", empty.split_first_mut());
}
// expect: [12, -1, 7, 3]
// expect: None
