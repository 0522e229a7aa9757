// The Rust book's iterator adapters kept step by step (iter, map, filter in variables), a kept zip walked by `while let`, a kept chain collected, a capitalising split.
fn main() {
    let v1: Vec<i32> = vec![1, 2, 3];
    let it = v1.iter();
    let doubled = it.map(|x| x * 2);
    let evens = doubled.filter(|x| x % 4 == 0);
    let result: Vec<i32> = evens.collect();
    println!("{:?}", result);
    let names = ["ann", "bob"];
    let ages = [31, 42];
    let people: Vec<String> = names.iter().zip(ages.iter()).map(|(n, a)| format!("{n} is {a}")).collect();
    println!("{:?}", people);
    let mut zipped = names.iter().zip(ages.iter());
    while let Some((n, a)) = zipped.next() {
        println!("{} {}", n, a);
    }
    let all = names.iter().chain(["cy"].iter());
    let joined: Vec<&&str> = all.collect();
    println!("{:?}", joined);
    let total: i32 = (1..=4).zip(ages.iter().chain(ages.iter())).map(|(a, b)| a * b).sum();
    println!("{}", total);
    let s = "hello world";
    let caps: String = s.split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", caps);
}
// expect: [4]
// expect: ["ann is 31", "bob is 42"]
// expect: ann 31
// expect: bob 42
// expect: ["ann", "bob", "cy"]
// expect: 376
// expect: Hello World
