// `v.iter().copied()` kept is std's Copied { it } around the Iter: `next` gives the values, a consumer takes the rest.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let mut it = v.iter().copied();
    let first = it.next().unwrap();
    println!("{first} {:?} {}", it, std::mem::size_of_val(&it));
    let rest: i32 = it.sum();
    println!("{rest}");
}
// expect: 3 Copied { it: Iter([1, 4, 1, 5]) } 16
// expect: 11
