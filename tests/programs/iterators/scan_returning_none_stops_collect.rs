// A scan whose closure returns None stops collect there: the running total stays under the limit.
let v = vec![String::from("a"), String::from("bb"), String::from("ccc")];
let lens: Vec<usize> = v
    .iter()
    .scan(0usize, |total, s| {
        *total += s.len();
        if *total > 3 { None } else { Some(*total) }
    })
    .collect();
println!("{:?}", lens);
// expect: [1, 3]
