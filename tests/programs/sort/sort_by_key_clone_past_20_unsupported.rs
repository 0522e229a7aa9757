// A `sort_by_key` key that clones a String calls the allocator at each call, and how often std's driftsort calls it past 20 elements is not followed: not supported.
#[derive(Debug)]
struct Person { name: String, age: u32 }
fn main() {
    let mut people: Vec<Person> = (0..22).map(|i| Person { name: format!("p{}", (i * 5) % 22), age: i }).collect();
    people.sort_by_key(|p| p.name.clone());
    println!("{:?}", people[0]);
}
// expect: Person { name: "p0", age: 0 }
// unsupported: `sort_by_key` of more than 20 elements with a closure that calls the allocator at 6:12
