// take_if lends the payload `&mut` to its predicate and takes it only when true; insert and get_or_insert_with hand back `&mut` the payload in place, insert dropping what was there.
fn main() {
    let mut ticket = Some(String::from("A-17"));
    let used = ticket.take_if(|t| t.starts_with('B'));
    println!("{:?} {:?}", used, ticket);
    let used = ticket.take_if(|t| {
        t.push_str("-done");
        true
    });
    println!("{:?} {:?}", used, ticket);
    let mut cache: Option<Vec<u32>> = None;
    cache.get_or_insert_with(Vec::new).push(1);
    cache.get_or_insert_with(|| vec![99]).push(2);
    println!("{:?}", cache);
    let mut name = Some(String::from("old"));
    let slot = name.insert(String::from("new"));
    slot.push('!');
    println!("{:?}", name);
    println!("{} {}", Some(3).is_none_or(|x| x > 5), None::<u8>.is_none_or(|x| x > 5));
}
// expect: None Some("A-17")
// expect: Some("A-17-done") None
// expect: Some([1, 2])
// expect: Some("new!")
// expect: false true
