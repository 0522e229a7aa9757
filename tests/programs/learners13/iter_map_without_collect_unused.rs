// An iterator adapter is lazy: map with a printing closure runs only when collected, item by item with filter.
fn main() {
    let v = vec![1, 2, 3, 4];
    let lazy = v.iter().map(|x| {
        println!("mapping {}", x);
        x * 2
    });
    println!("nothing mapped yet");
    let doubled: Vec<i32> = lazy.filter(|x| {
        println!("filtering {}", x);
        x % 4 == 0
    }).collect();
    println!("{:?}", doubled);
}
// expect: nothing mapped yet
// expect: mapping 1
// expect: filtering 2
// expect: mapping 2
// expect: filtering 4
// expect: mapping 3
// expect: filtering 6
// expect: mapping 4
// expect: filtering 8
// expect: [4, 8]
