// Box<dyn FnMut()> closures each keeping a counter, called twice through iter_mut().
fn main() {
    let mut hooks: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for step in 1..=3 {
        let mut total = 0;
        hooks.push(Box::new(move || {
            total += step;
            total
        }));
    }
    for round in 0..2 {
        let values: Vec<u32> = hooks.iter_mut().map(|h| h()).collect();
        println!("round {}: {:?}", round, values);
    }
    let mut single: Box<dyn FnMut() -> u32> = Box::new(|| 7);
    println!("{}", single());
}
// expect: round 0: [1, 2, 3]
// expect: round 1: [2, 4, 6]
// expect: 7
