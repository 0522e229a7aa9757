// sort_by_key with a closure capturing a target (distance to it), and one counting its calls by &mut.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let target = 10i32;
    let mut nums = vec![3, 15, 9, 22, 10, 1];
    nums.sort_by_key(|n: &i32| (n - target).abs());
    println!("by distance to {}: {:?}", target, nums);

    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut num_sort_operations = 0;
    list.sort_by_key(|r| {
        num_sort_operations += 1;
        r.width
    });
    println!("{:#?}, sorted in {num_sort_operations} operations", list);
    list.sort_by_key(|r| std::cmp::Reverse(r.height));
    println!("{:?}", list);
}
// expect: by distance to 10: [10, 9, 15, 3, 1, 22]
// expect: [
// expect:     Rectangle {
// expect:         width: 3,
// expect:         height: 5,
// expect:     },
// expect:     Rectangle {
// expect:         width: 7,
// expect:         height: 12,
// expect:     },
// expect:     Rectangle {
// expect:         width: 10,
// expect:         height: 1,
// expect:     },
// expect: ], sorted in 6 operations
// expect: [Rectangle { width: 7, height: 12 }, Rectangle { width: 3, height: 5 }, Rectangle { width: 10, height: 1 }]
