// LeetCode 198/213: house robber on a line and on a circle, dynamic programming with two running values.
fn rob_line(houses: &[i32]) -> i32 {
    let (mut skip, mut take) = (0, 0);
    for &h in houses {
        let next_take = skip + h;
        skip = skip.max(take);
        take = next_take;
    }
    skip.max(take)
}

fn rob_circle(houses: &[i32]) -> i32 {
    match houses.len() {
        0 => 0,
        1 => houses[0],
        n => rob_line(&houses[..n - 1]).max(rob_line(&houses[1..])),
    }
}

fn main() {
    let cases: Vec<Vec<i32>> = vec![vec![1, 2, 3, 1], vec![2, 7, 9, 3, 1], vec![2, 3, 2], vec![], vec![5], vec![200, 3, 140, 20, 10]];
    for houses in &cases {
        println!("{:?}: line {}, circle {}", houses, rob_line(houses), rob_circle(houses));
    }
}
// expect: [1, 2, 3, 1]: line 4, circle 4
// expect: [2, 7, 9, 3, 1]: line 12, circle 11
// expect: [2, 3, 2]: line 4, circle 3
// expect: []: line 0, circle 0
// expect: [5]: line 5, circle 5
// expect: [200, 3, 140, 20, 10]: line 350, circle 340
