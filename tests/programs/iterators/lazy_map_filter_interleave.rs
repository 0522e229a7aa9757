// Iterators are lazy: map's and filter's closures run item by item, interleaved, not map over everything first.
let v = vec![1, 2, 3];
let total: i32 = v
    .iter()
    .map(|x| {
        println!("map {}", x);
        x * 10
    })
    .filter(|x| {
        println!("filter {}", x);
        *x != 20
    })
    .sum();
println!("total {}", total);
// expect: map 1
// expect: filter 10
// expect: map 2
// expect: filter 20
// expect: map 3
// expect: filter 30
// expect: total 40
