// sort_by_cached_key with a u8 or an i32 key uses u32 indices (pairs of 8 bytes, std no longer tries u8 or u16); one element calls no key.
fn main() {
    let mut grades = vec![b'C', b'A', b'B', b'A'];
    grades.sort_by_cached_key(|g| *g);
    println!("{:?}", grades);
    let mut temps = vec![(3, "mon"), (-2, "tue"), (7, "wed")];
    temps.sort_by_cached_key(|t| t.0);
    println!("{:?}", temps);
    let mut one = vec![String::from("solo")];
    one.sort_by_cached_key(|s| {
        println!("never");
        s.len()
    });
    println!("{:?}", one);
}
// expect: [65, 65, 66, 67]
// expect: [(-2, "tue"), (3, "mon"), (7, "wed")]
// expect: ["solo"]
