// `rev` after `take` over a map: std's Take::next_back is nth_back(len - n), whose default calls the map's closure on each item it passes.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let firsts: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("map {}", x);
            x * 10
        })
        .take(2)
        .rev()
        .collect();
    println!("{:?}", firsts);
}
// expect: map 5
// expect: map 4
// expect: map 3
// expect: map 2
// expect: map 1
// expect: [20, 10]
