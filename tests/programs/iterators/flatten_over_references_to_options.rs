// flatten over `&Option<T>` items (a Vec<Option<T>>'s iter()) yields `&T` of each Some, as option::Iter does; also with iter_mut.
fn main() {
    let maybe = vec![Some(1), None, Some(3)];
    let somes: Vec<i32> = maybe.iter().flatten().copied().collect();
    println!("{:?} from {:?}", somes, maybe);
    let refs: Vec<&i32> = maybe.iter().flatten().collect();
    println!("{:?} cap {}", refs, refs.capacity());
    let mut names = vec![Some(String::from("a")), None, Some(String::from("b"))];
    for s in names.iter_mut().flatten() {
        s.push('!');
    }
    println!("{:?}", names);
    let n = maybe.iter().flat_map(|o| o).count();
    println!("{}", n);
}
// expect: [1, 3] from [Some(1), None, Some(3)]
// expect: [1, 3] cap 4
// expect: [Some("a!"), None, Some("b!")]
// expect: 2
