// LeetCode rotate image (transpose then reverse each row through iter_mut) and spiral order with four i32 bounds.
fn rotate(m: &mut Vec<Vec<i32>>) {
    let n = m.len();
    for i in 0..n {
        for j in i + 1..n {
            let t = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = t;
        }
    }
    for row in m.iter_mut() {
        row.reverse();
    }
}

fn spiral_order(m: &[Vec<i32>]) -> Vec<i32> {
    let mut out = Vec::new();
    if m.is_empty() {
        return out;
    }
    let (mut top, mut bottom, mut left, mut right) = (0i32, m.len() as i32 - 1, 0i32, m[0].len() as i32 - 1);
    while top <= bottom && left <= right {
        for c in left..=right { out.push(m[top as usize][c as usize]); }
        top += 1;
        for r in top..=bottom { out.push(m[r as usize][right as usize]); }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() { out.push(m[bottom as usize][c as usize]); }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() { out.push(m[r as usize][left as usize]); }
            left += 1;
        }
    }
    out
}

fn main() {
    let mut m = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    rotate(&mut m);
    println!("{:?}", m);
    println!("{:?}", spiral_order(&m));
    println!("{:?}", spiral_order(&[vec![1, 2, 3, 4], vec![5, 6, 7, 8], vec![9, 10, 11, 12]]));
}
// expect: [[7, 4, 1], [8, 5, 2], [9, 6, 3]]
// expect: [7, 4, 1, 2, 3, 6, 9, 8, 5]
// expect: [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
