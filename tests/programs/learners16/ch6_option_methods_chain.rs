// Option's map, and_then, unwrap_or, filter, is_some and take on a learner's lookup.
fn lookup(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("ada"),
        2 => Some("grace"),
        _ => None,
    }
}

fn main() {
    let name_len = lookup(1).map(|n| n.len());
    println!("{:?}", name_len);
    let upper = lookup(2).map(|n| n.to_uppercase()).unwrap_or(String::from("?"));
    println!("{}", upper);
    let missing = lookup(9).map(|n| n.len()).unwrap_or(0);
    println!("{}", missing);
    let long = lookup(2).filter(|n| n.len() > 4);
    println!("{:?} {}", long, lookup(3).is_some());
    let chained = lookup(1).and_then(|n| if n.starts_with('a') { Some(n.len() * 10) } else { None });
    println!("{:?}", chained);
    let mut slot = Some(String::from("token"));
    let taken = slot.take();
    println!("{:?} {:?}", slot, taken);
}
// expect: Some(3)
// expect: GRACE
// expect: 0
// expect: Some("grace") false
// expect: Some(30)
// expect: None Some("token")
